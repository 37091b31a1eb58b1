package org.brandaward;

import org.brandaward.certificate.OfflineVerifier;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AwardsApplication {

    /** {@code verify <payload-or-url> --keys keys.json} checks a certificate offline, without starting the application. */
    public static void main(String[] args) {
        if (args.length > 0 && "verify".equals(args[0])) {
            OfflineVerifier.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication.run(AwardsApplication.class, args);
    }
}
