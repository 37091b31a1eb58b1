package org.brandaward.shared;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public's front door: what they can read and check without an account. */
@Controller
class PublicHomeController {

    @GetMapping("/public")
    String home() {
        return "public/home";
    }
}
