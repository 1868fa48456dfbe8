package id.livinglab.it.api;

import id.livinglab.it.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for the API tests: real requests against the test domain. */
final class Http {

  private final HttpClient client = Deployments.http().build();

  HttpResponse<String> get(String path, String... headers) throws Exception {
    return send(request(path, headers).GET());
  }

  HttpResponse<String> post(String path, String contentType, String body, String... headers)
      throws Exception {
    return send(
        request(path, headers)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  HttpResponse<String> put(String path, String contentType, String body, String... headers)
      throws Exception {
    return send(
        request(path, headers)
            .header("Content-Type", contentType)
            .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  HttpResponse<String> send(
      String method,
      String path,
      String contentType,
      HttpRequest.BodyPublisher body,
      String... headers)
      throws Exception {
    HttpRequest.Builder r = request(path, headers).method(method, body);
    if (contentType != null) {
      r.header("Content-Type", contentType);
    }
    return send(r);
  }

  private static HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return request;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static JsonObject object(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  static JsonArray array(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readArray();
  }
}
