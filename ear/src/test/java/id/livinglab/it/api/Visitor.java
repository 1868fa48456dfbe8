package id.livinglab.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.it.Deployments;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One visitor of the pages, with their own cookies (session), as a browser would be. */
final class Visitor {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

  private final HttpClient browser = Deployments.http().cookieHandler(new CookieManager()).build();

  HttpResponse<String> get(String path) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A page's body, which must answer 200. */
  String page(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertEquals(200, response.statusCode(), path);
    return response.body();
  }

  HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    return post(path, form, new String[0]);
  }

  /** A form post with further headers (name, value, …), e.g. the {@code Origin} a site sends. */
  HttpResponse<String> post(String path, Map<String, String> form, String... headers)
      throws Exception {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return browser.send(
        request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String viewState(HttpResponse<String> page) {
    Matcher m = VIEW_STATE.matcher(page.body());
    assertTrue(m.find(), "a form on " + page.uri());
    return m.group(1);
  }

  /** Logs in through the login form (password "demo", as every demo user has). */
  Visitor logInAs(String user) throws Exception {
    logIn(user, "demo");
    return this;
  }

  /** Posts the login form with {@code password} and further headers; the answer to the post. */
  HttpResponse<String> logIn(String user, String password, String... headers) throws Exception {
    return post("login.xhtml", loginForm(user, password, viewState(get("login.xhtml"))), headers);
  }

  /** The login form's fields as the page posts them, with {@code viewState}. */
  static Map<String, String> loginForm(String user, String password, String viewState) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("login:username", user);
    form.put("login:password", password);
    form.put("login:submit", "");
    form.put("jakarta.faces.ViewState", viewState);
    return form;
  }
}
