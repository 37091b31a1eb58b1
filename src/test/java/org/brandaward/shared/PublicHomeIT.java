package org.brandaward.shared;

import org.brandaward.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

@IntegrationTest
@AutoConfigureMockMvc
class PublicHomeIT {

    @Autowired
    MockMvc mvc;

    @Test
    void a_visitor_without_an_account_opens_the_public_pages_in_chinese_or_english() throws Exception {
        mvc.perform(get("/public").with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("质量品牌公示与查询")))
                .andExpect(content().string(containsString("/public/notices")));
        mvc.perform(get("/public").param("lang", "en").with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Published lists")));
    }
}
