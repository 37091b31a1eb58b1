package org.brandaward.application;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;

import java.util.List;
import java.util.function.Consumer;

/** The attachments of an application, each a download link; with a remove button when the applicant may edit. */
public class AttachmentList extends Composite<Grid<Attachment>> {

    AttachmentList(List<Attachment> attachments, Consumer<Attachment> remove) {
        Grid<Attachment> grid = getContent();
        grid.setId("attachments");
        grid.addComponentColumn(a -> {
            Anchor link = new Anchor("attachments/" + a.getId(), a.getFileName());
            link.setRouterIgnore(true);
            link.getElement().setAttribute("download", true);
            return link;
        }).setHeader(getTranslation("attachment.file")).setFlexGrow(1);
        grid.addColumn(a -> "%.1f KB".formatted(a.getSizeBytes() / 1024.0)).setHeader(getTranslation("attachment.size")).setAutoWidth(true);
        grid.addColumn(a -> a.getSha256().substring(0, 12)).setHeader(getTranslation("attachment.sha256")).setAutoWidth(true);
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
}
