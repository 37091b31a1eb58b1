package org.brandaward.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The applicant's answers: the values of the programme's form fields (see {@link FormSections}) by name — text,
 * whole numbers and 是/否 declarations — and the figures by year. A draft may leave anything empty;
 * {@link ApplicationService#submit} names each missing or wrong field.
 */
public class ApplicationForm {

    public static final int TEXT_MAX = 200;
    public static final int LONG_TEXT_MAX = 4000;
    public static final int YEAR_MIN = 1000;

    private final Map<String, Object> values = new HashMap<>();
    private final List<Figure> figures = new ArrayList<>();
    /** 诚信承诺: the legal representative accepts the pledge and signs with their name at submission. */
    private boolean pledgeAccepted;
    private String pledgeSignatory;
    /**
     * The version of the application these answers were loaded from: a save carrying it is refused when someone
     * saved the application since. Null for answers not loaded from it, which are then not checked.
     */
    private Long version;

    /** The value of a field: a String, an Integer or a Boolean, or null when not answered. */
    public Object get(String field) {
        return values.get(field);
    }

    /** Sets a field; a blank text or a null clears it. */
    public void set(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            values.remove(field);
        } else {
            values.put(field, value instanceof String s ? s.strip() : value);
        }
    }

    public Map<String, Object> values() {
        return Map.copyOf(values);
    }

    /** The figures of {@code year}, created empty when the form has none yet. */
    public Figure figure(int year) {
        Figure figure = figureOf(year);
        if (figure == null) {
            figure = new Figure(year);
            figures.add(figure);
        }
        return figure;
    }

    /** The figures of {@code year}, or null. */
    public Figure figureOf(int year) {
        return figures.stream().filter(f -> f.getYear() == year).findFirst().orElse(null);
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    void replaceFigure(Figure figure) {
        figures.removeIf(f -> f.getYear() == figure.getYear());
        figures.add(figure);
    }

    public boolean isPledgeAccepted() {
        return pledgeAccepted;
    }

    public void setPledgeAccepted(boolean pledgeAccepted) {
        this.pledgeAccepted = pledgeAccepted;
    }

    public String getPledgeSignatory() {
        return pledgeSignatory;
    }

    public void setPledgeSignatory(String pledgeSignatory) {
        this.pledgeSignatory = pledgeSignatory;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
