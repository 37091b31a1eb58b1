package org.brandaward.certificate;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import org.brandaward.ui.Messages;

import java.util.Optional;

/**
 * 发证进度 — the progress of a round's certificate batch on the office's round page: issued of total and the status,
 * refreshed by polling, so every official with the page open watches the same figures; a button starts or resumes
 * the batch when no runner is at work on it.
 */
public class CertificateBatchPanel extends VerticalLayout {

    /** How often an open page asks for the progress while the batch is not done. */
    static final int POLL_MILLIS = 2000;

    private final CertificateBatches batches;
    private final long roundId;
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span figures = new Span();
    private final Paragraph error = new Paragraph();
    private final Button resume = new Button();
    private final Runnable progressed;
    private Registration polling;
    private int issuedShown = -1;

    /** {@code progressed} runs when more certificates were issued since the last look (the page shows their numbers). */
    public CertificateBatchPanel(CertificateBatches batches, long roundId, Runnable progressed) {
        this.batches = batches;
        this.roundId = roundId;
        this.progressed = progressed;
        setId("certificate-batch");
        setPadding(false);
        bar.setId("certificate-batch-bar");
        figures.setId("certificate-batch-figures");
        error.setId("certificate-batch-error");
        resume.setId("certificate-batch-resume");
        resume.setText(getTranslation("certificateBatch.resume"));
        resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resume.addClickListener(e -> resume());
        add(new H3(getTranslation("certificateBatch.title")), bar, figures, error, resume);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        polling = ui.addPollListener(e -> refresh());
        ui.setPollInterval(POLL_MILLIS);
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling(event.getUI());
    }

    void refresh() {
        Optional<CertificateBatches.Progress> found = batches.progress(roundId);
        setVisible(found.isPresent());
        if (found.isEmpty()) {
            return;
        }
        CertificateBatches.Progress progress = found.get();
        bar.setValue(progress.share());
        figures.setText(getTranslation("certificateBatch.figures", String.valueOf(progress.issued()), String.valueOf(progress.total()),
                getTranslation("certificateBatch.status." + progress.status())));
        error.setVisible(progress.error() != null);
        error.setText(progress.error() == null ? "" : getTranslation("certificateBatch.error", progress.error()));
        resume.setVisible(progress.resumable());
        resume.setText(getTranslation(progress.issued() == 0 ? "certificateBatch.start" : "certificateBatch.resume"));
        if (issuedShown >= 0 && progress.issued() != issuedShown) {
            progressed.run();
        }
        issuedShown = progress.issued();
        if (progress.status() == CertificateBatches.Status.DONE) {
            getUI().ifPresent(this::stopPolling);
        }
    }

    private void resume() {
        batches.resume(roundId);
        Messages.success("certificateBatch.resumed");
        refresh();
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }
}
