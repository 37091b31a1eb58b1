package org.brandaward.certificate;

/**
 * 撤销依据 — why a title is withdrawn (PROGRAMMES.md, Revocation). Shown translated as {@code revocation.ground.<name>};
 * stored by name, so the order may change but a name never does.
 */
public enum RevocationGround {
    /** 申报材料弄虚作假 — fraud in the application */
    FRAUD,
    /** 发生重大质量、安全事故 — a major quality or safety accident */
    MAJOR_ACCIDENT,
    /** 监督抽查不合格 — failed official spot checks */
    FAILED_SPOT_CHECK,
    /** 列入失信黑名单 — listed on a credit blacklist */
    CREDIT_BLACKLIST,
    /** 丧失注册商标专用权 — the trademark lost */
    TRADEMARK_LOST,
    /** 破产、注销、停业 — bankruptcy, deregistration or closure */
    BANKRUPTCY;

    /** The message key of the ground's name. */
    public String messageKey() {
        return "revocation.ground." + name();
    }
}
