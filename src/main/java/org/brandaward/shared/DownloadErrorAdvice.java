package org.brandaward.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.util.DisconnectedClientHelper;

import java.nio.charset.StandardCharsets;

/**
 * The download endpoints (attachments, certificates, feedback reports) say what went wrong in one short plain-text
 * sentence in the requester's language (the one chosen in the session, else Accept-Language, else Chinese), never
 * with Spring's Whitelabel page or an exception: a refusal by the rules 404 with the rule's sentence, anything else
 * 500 (logged). An id that names nothing and an id the signed-in user may not read answer alike — 404 and one sentence
 * ({@value #UNAVAILABLE}) — so that trying ids tells no one which exist. Only our {@code @RestController}s are advised,
 * not the Spring MVC controller that forwards Vaadin's requests to its servlet.
 */
@RestControllerAdvice(annotations = RestController.class)
class DownloadErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(DownloadErrorAdvice.class);
    private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);
    /** The one answer to an id that names nothing, is no id, or names what the signed-in user may not read. */
    private static final String UNAVAILABLE = "download.unavailable";

    private final MessageSource messages;
    private final AuthenticationTrustResolver authentications = new AuthenticationTrustResolverImpl();

    DownloadErrorAdvice(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Not issued, not released …: 404 with the rule's own sentence, which only a reader of the id gets to (the services
     * check the reader first). Not found: the same answer as {@link #denied}.
     */
    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<String> refused(RuleViolationException e) {
        if (namesNothing(e.getMessageKey())) {
            return answer(HttpStatus.NOT_FOUND, UNAVAILABLE);
        }
        String text = messages.getMessage(e.getMessageKey(), e.getArguments(), null, LocaleContextHolder.getLocale());
        return text == null ? answer(HttpStatus.NOT_FOUND, UNAVAILABLE) : text(HttpStatus.NOT_FOUND, text);
    }

    /** {@code application.notFound}, {@code committee.meetingNotFound} …: the keys of an id that names nothing. */
    private static boolean namesNothing(String messageKey) {
        return messageKey.endsWith(".notFound") || messageKey.endsWith("NotFound");
    }

    /** {@code /certificates/abc.pdf}: no id, so no such file (Spring MVC alone would answer 400). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<String> malformed(MethodArgumentTypeMismatchException e) {
        return answer(HttpStatus.NOT_FOUND, UNAVAILABLE);
    }

    /**
     * Another organisation's file, say (Spring Security's AuthorizationDeniedException is one too): answered as an id
     * that names nothing, since a 403 would tell the intruder that the id exists.
     */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<String> denied(AccessDeniedException e) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentications.isAnonymous(authentication)) {
            throw e; // a visitor: Spring Security's entry point asks to sign in first, whatever the id
        }
        return answer(HttpStatus.NOT_FOUND, UNAVAILABLE);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> failed(Exception e) throws Exception {
        if (e instanceof ErrorResponse || DisconnectedClientHelper.isClientDisconnectedException(e)) {
            throw e; // Spring MVC's own (405, 406 …) keep their status; a client that left reads nothing
        }
        log.error("A download failed", e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected");
    }

    /** The sentence of {@code key} in the request's language. */
    private ResponseEntity<String> answer(HttpStatus status, String key) {
        return text(status, messages.getMessage(key, null, LocaleContextHolder.getLocale()));
    }

    private static ResponseEntity<String> text(HttpStatus status, String text) {
        return ResponseEntity.status(status).contentType(TEXT).body(text);
    }
}
