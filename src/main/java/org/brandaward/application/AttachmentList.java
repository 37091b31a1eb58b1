package org.brandaward.application;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The attachments of an application, each a download link by its public key, with whether it carries no name of the
 * applicant; with a remove button when the applicant may edit, and the mark as a checkbox when the office may set it.
 */
public class AttachmentList extends Composite<Grid<Attachment>> {

    AttachmentList(List<Attachment> attachments, Consumer<Attachment> remove, BiConsumer<Attachment, Boolean> mark) {
        Grid<Attachment> grid = getContent();
        grid.setId("attachments");
        grid.addComponentColumn(a -> {
            Anchor link = new Anchor(downloadPath(a), a.getFileName());
            link.setRouterIgnore(true);
            link.getElement().setAttribute("download", true);
            return link;
        }).setKey("file").setHeader(getTranslation("attachment.file")).setFlexGrow(1);
        grid.addColumn(a -> "%.1f KB".formatted(a.getSizeBytes() / 1024.0)).setHeader(getTranslation("attachment.size")).setAutoWidth(true);
        grid.addColumn(a -> a.getSha256().substring(0, 12)).setHeader(getTranslation("attachment.sha256")).setAutoWidth(true);
        if (mark == null) {
            grid.addColumn(a -> getTranslation("yesNo." + a.isAnonymised())).setKey("anonymised").setHeader(getTranslation("attachment.anonymised")).setAutoWidth(true);
        } else {
            grid.addComponentColumn(a -> {
                Checkbox anonymised = new Checkbox(a.isAnonymised());
                anonymised.setId("anonymised-" + a.getPublicKey());
                anonymised.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        try {
                            mark.accept(a, e.getValue());
                        } catch (RuntimeException refused) {
                            anonymised.setValue(e.getOldValue()); // show what is stored, then report the refusal
                            throw refused;
                        }
                    }
                });
                return anonymised;
            }).setKey("anonymised").setHeader(getTranslation("attachment.anonymised")).setAutoWidth(true);
        }
        if (remove != null) {
            grid.addComponentColumn(a -> {
                Button button = new Button(getTranslation("attachment.remove"), e -> remove.accept(a));
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                return button;
            });
        }
        grid.setItems(attachments);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("attachment.none"));
    }

    /** Relative to the application's root, as the views' own routes are; the sequential id never appears. */
    static String downloadPath(Attachment attachment) {
        return "attachments/" + attachment.getPublicKey();
    }
}
