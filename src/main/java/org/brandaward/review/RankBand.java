package org.brandaward.review;

/**
 * 排名区间 — where an application's rank falls in its round, told to the applicant instead of the rank: within the
 * first 10 %, 25 % or 50 % of the applications the experts scored, or the rest. A rank is within the first p % when
 * {@code rank / count <= p / 100}, so the sole application of a round, or the second of two, is among the rest.
 */
public enum RankBand {

    TOP_10(10, "前10%"), TOP_25(25, "前25%"), TOP_50(50, "前50%"), REST(100, "其余（前50%之外）");

    private final int percent;
    private final String chinese;

    RankBand(int percent, String chinese) {
        this.percent = percent;
        this.chinese = chinese;
    }

    /** The band of {@code rank} (1 is the best) among {@code count} ranked applications. */
    public static RankBand of(int rank, int count) {
        if (rank < 1 || rank > count) {
            throw new IllegalArgumentException("rank " + rank + " of " + count);
        }
        for (RankBand band : values()) {
            if (band != REST && (long) rank * 100 <= (long) band.percent * count) {
                return band;
            }
        }
        return REST;
    }

    /** How the report prints the band. */
    public String chinese() {
        return chinese;
    }
}
