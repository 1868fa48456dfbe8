package id.livinglab.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A form whose view the server no longer has (the session expired, or a forged or foreign
 * ViewState) ends on a page that says so in the user's language, never on the 500 page; an address
 * whose number is no number is worded by us, not by Jakarta Faces (issue 11, point 12).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExpiredViewIT {

  private static final String EXPIRED_ID =
      "Sesi Anda telah berakhir; isian Anda belum tersimpan. Silakan masuk lagi.";
  private static final String EXPIRED_EN =
      "Your session has expired; what you entered has not been saved. Please log in again.";
  private static final Pattern REDIRECT = Pattern.compile("<redirect url=\"([^\"]+)\"");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  private static Map<String, String> loginForm(String viewState) {
    return Visitor.loginForm("operator.sumedang", "demo", viewState);
  }

  /** Where a post ends for the user: the page itself, or the page it is redirected to. */
  private static HttpResponse<String> landing(Visitor visitor, HttpResponse<String> answer)
      throws Exception {
    if (answer.statusCode() / 100 != 3) {
      return answer;
    }
    String location = answer.headers().firstValue("Location").orElseThrow();
    return visitor.get(relative(location));
  }

  private static String relative(String location) {
    String path = URI.create(Deployments.baseUrl()).resolve(location).getPath();
    return path.substring(URI.create(Deployments.baseUrl()).getPath().length());
  }

  private static void assertExpiredPage(HttpResponse<String> page, String text) {
    assertTrue(page.statusCode() < 500, page.statusCode() + " " + page.body());
    assertTrue(page.body().contains(text), page.body());
    assertTrue(page.body().contains("login.xhtml"), "a link to log in again");
  }

  @Test
  void aForeignViewStateEndsOnTheExpiredPageInIndonesian() throws Exception {
    Visitor visitor = new Visitor();
    HttpResponse<String> answer = visitor.post("login.xhtml", loginForm("-4242:-4242"));

    assertExpiredPage(landing(visitor, answer), EXPIRED_ID);
  }

  @Test
  void inEnglishForAUserWhoChoseEnglish() throws Exception {
    Visitor visitor = new Visitor();
    visitor.page("login.xhtml?lang=en");
    HttpResponse<String> answer = visitor.post("login.xhtml", loginForm("-4242:-4242"));

    assertExpiredPage(landing(visitor, answer), EXPIRED_EN);
  }

  @Test
  void aLoggedInUsersFormWhoseViewIsGoneToo() throws Exception {
    String page = "simulation/index.xhtml?year=2026&code=32.11";
    Visitor coordinator = new Visitor().logInAs("koordinator.sumedang");
    String state = Visitor.viewState(coordinator.get(page));
    Map<String, String> form = new LinkedHashMap<>();
    form.put("jakarta.faces.ViewState", state.replaceAll("[0-9]", "7"));
    HttpResponse<String> answer = coordinator.post(page, form);

    assertExpiredPage(landing(coordinator, answer), EXPIRED_ID);
  }

  @Test
  void anAjaxPostIsSentToTheExpiredPage() throws Exception {
    Visitor visitor = new Visitor();
    Map<String, String> form = loginForm("-4242:-4242");
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", "login:submit");
    form.put("jakarta.faces.partial.execute", "@all");
    HttpResponse<String> answer =
        visitor.post("login.xhtml", form, "Faces-Request", "partial/ajax");

    assertEquals(200, answer.statusCode(), answer.body());
    Matcher redirect = REDIRECT.matcher(answer.body());
    assertTrue(redirect.find(), answer.body());
    assertExpiredPage(visitor.get(relative(redirect.group(1).replace("&amp;", "&"))), EXPIRED_ID);
  }

  @Test
  void aYearThatIsNoNumberIsWordedByUsInBothLanguages() throws Exception {
    Visitor visitor = new Visitor();
    HttpResponse<String> id = visitor.get("instansi/32.11?year=abc");
    HttpResponse<String> en = visitor.get("instansi/32.11?year=abc&lang=en");

    assertTrue(id.statusCode() < 500 && en.statusCode() < 500);
    assertTrue(id.body().contains("bukan bilangan bulat"), id.body());
    assertTrue(en.body().contains("is not a whole number"), en.body());
    for (HttpResponse<String> page : java.util.List.of(id, en)) {
      assertFalse(page.body().contains("must be a number"), page.body());
    }
  }
}
