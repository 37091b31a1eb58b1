package org.brandaward.notification;

import org.brandaward.security.CurrentUser;

/**
 * Composing a mail is the system's work, whoever's action caused it (an office user, a timer): recipients and facts
 * are read as the engine, through the services' engine grants.
 */
final class AsEngine {

    private AsEngine() {
    }

    static void run(Runnable work) {
        try {
            CurrentUser.asEngine(() -> {
                work.run();
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
