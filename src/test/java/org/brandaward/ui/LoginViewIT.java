package org.brandaward.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.brandaward.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The login page tells a sign-in refused for too many failures apart from a wrong password. */
class LoginViewIT extends KaribuTest {

    @Test
    void a_wrong_password_and_a_paused_sign_in_get_their_own_message() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("x"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(i18n()).contains("用户名或密码错误").doesNotContain("暂时无法登录");

        // What ThrottledAuthenticationProvider throws, a LockedException; Spring Security keeps it in the session.
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LockedException("x"));
        UI.getCurrent().navigate("signup");
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(i18n()).contains("暂时无法登录", "登录失败次数过多", "请15分钟后再试");
    }

    @Test
    void no_error_without_a_failed_sign_in() {
        UI.getCurrent().navigate("login");
        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    private static String i18n() {
        return String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n"));
    }
}
