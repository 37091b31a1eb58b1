package org.brandaward.committee;

import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import org.brandaward.shared.ClockConfiguration;
import org.brandaward.shared.JasperTemplate;
import org.springframework.stereotype.Component;

import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders {@code reports/committee-result.jrxml}: one row per candidate with the ballot's totals, then the sign-off. */
@Component
class ResultSheetRenderer {

    static final String TEMPLATE = "reports/committee-result.jrxml";
    private static final DateTimeFormatter SIGNED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ClockConfiguration.ZONE);
    private static final Map<String, String> TIER_NAMES = Map.of("AWARD", "质量奖", "NOMINATION", "提名奖");

    private final JasperTemplate template = new JasperTemplate(TEMPLATE);

    byte[] render(CommitteeService.ResultSheet sheet) {
        CommitteeService.MeetingSummary meeting = sheet.meeting();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("title", sheet.year() + "年度" + sheet.programme().name(Locale.CHINESE));
        parameters.put("meetingLine", "会议日期：" + meeting.date() + "　委员 " + meeting.members().size() + " 人，出席（投票）"
                + meeting.present() + " 人；法定人数为委员的 " + share(meeting, true) + "，通过须获出席委员 " + share(meeting, false) + " 赞成");
        parameters.put("attendanceLine", meeting.quota() == null ? "本批次不设名额" : "本批次名额：" + meeting.quota() + " 名");
        parameters.put("resolution", meeting.resolutionReason() == null ? "通过数未超出名额。"
                : "超出名额，按排名保留；理由：" + meeting.resolutionReason());
        parameters.put("signOff", meeting.signedOffAt() == null ? "尚未签署"
                : "签署：" + sheet.signedOffByName() + "　" + SIGNED.format(meeting.signedOffAt()));
        List<Row> rows = sheet.candidates().stream().map(c -> new Row(c, meeting.tiered())).toList();
        return template.pdf(parameters, new JRBeanCollectionDataSource(rows), "评审委员会表决结果 " + sheet.year());
    }

    private static String share(CommitteeService.MeetingSummary meeting, boolean quorum) {
        var share = quorum ? meeting.quorum() : meeting.pass();
        return share.numerator() + "/" + share.denominator();
    }

    /** A candidate as the template's fields read it. */
    public static final class Row {
        private final CommitteeService.CandidateLine line;
        private final boolean tiered;

        Row(CommitteeService.CandidateLine line, boolean tiered) {
            this.line = line;
            this.tiered = tiered;
        }

        public Integer getRank() {
            return line.rank();
        }

        public String getApplicant() {
            return line.applicant();
        }

        public String getEntry() {
            return line.entry();
        }

        public String getScore() {
            return line.score() == null ? "" : line.score().setScale(2, RoundingMode.HALF_UP).toPlainString();
        }

        public Integer getApprovals() {
            return line.approvals();
        }

        public Integer getRejections() {
            return line.rejections();
        }

        public Integer getAbstentions() {
            return line.abstentions();
        }

        public String getTierVotes() {
            return tiered ? "质量奖 " + line.firstTierVotes() + " / 提名奖 " + line.secondTierVotes() : "—";
        }

        public String getOutcome() {
            if (!line.passed()) {
                return "未通过";
            }
            String tier = line.tier() == null ? "" : "（" + TIER_NAMES.getOrDefault(line.tier(), line.tier()) + "）";
            return line.kept() ? "通过" + tier : "通过，超出名额未保留";
        }
    }
}
