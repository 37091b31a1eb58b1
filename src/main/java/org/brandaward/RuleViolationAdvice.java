package org.brandaward;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.nio.charset.StandardCharsets;

/** The download endpoints answer a refused request with 404 and the reason in the requester's language. */
@RestControllerAdvice
class RuleViolationAdvice {

    private final MessageSource messages;

    RuleViolationAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<String> refused(RuleViolationException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(messages.getMessage(e.getMessageKey(), e.getArguments(), LocaleContextHolder.getLocale()));
    }
}
