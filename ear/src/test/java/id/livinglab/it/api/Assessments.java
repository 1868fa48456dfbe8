package id.livinglab.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The assessment API as the tests call it: users, periods, answers, multipart uploads. */
final class Assessments {

  static final String BOUNDARY = "----livinglab-test-boundary";

  final Http http = new Http();

  static String user(String name) {
    return Http.basic(name, "demo");
  }

  /** Opens the period of {@code year} (it may exist from an earlier run on the same database). */
  void openPeriod(int year) throws Exception {
    HttpResponse<String> r =
        http.post(
            "api/v1/periods",
            "application/json",
            "{\"year\":" + year + "}",
            "Authorization",
            user("admin"));
    if (r.statusCode() != 201 && r.statusCode() != 409) {
      throw new AssertionError("opening period " + year + ": " + r.statusCode() + " " + r.body());
    }
  }

  HttpResponse<String> save(String user, int year, String code, String no, String json)
      throws Exception {
    return http.put(
        "api/v1/assessments/" + year + "/" + code + "/indicators/" + no,
        "application/json",
        json,
        "Authorization",
        user(user),
        "Accept-Language",
        "en");
  }

  HttpResponse<String> get(String user, String path) throws Exception {
    return user == null
        ? http.get(path)
        : http.get(path, "Authorization", user(user), "Accept-Language", "en");
  }

  HttpResponse<String> post(String user, String path, String json) throws Exception {
    return http.post(path, "application/json", json, "Authorization", user(user));
  }

  HttpResponse<String> upload(
      String user, int year, String code, String no, String fileName, byte[] content)
      throws Exception {
    return http.send(
        "POST",
        "api/v1/assessments/" + year + "/" + code + "/indicators/" + no + "/evidence",
        "multipart/form-data; boundary=" + BOUNDARY,
        HttpRequest.BodyPublishers.ofByteArray(multipart(fileName, content)),
        "Authorization",
        user(user),
        "Accept-Language",
        "en");
  }

  /**
   * The server answers 413, or closes the connection while the client is still sending (it stops
   * reading at the limit): either way the upload is refused.
   */
  static void assertRefusedAsTooLarge(Object outcome) {
    if (outcome instanceof HttpResponse<?> r) {
      assertEquals(413, r.statusCode());
    } else {
      assertTrue(outcome instanceof IOException, String.valueOf(outcome));
    }
  }

  /**
   * A streamed upload of {@code size} bytes that never exists in memory or on disk here, with its
   * length declared or sent in chunks; the response, or the IOException of a closed connection.
   */
  Object uploadOf(String user, String path, long size, boolean declared) throws Exception {
    byte[] head = multipart("besar.pdf", new byte[0]);
    byte[] prefix = Arrays.copyOf(head, head.length - ("\r\n--" + BOUNDARY + "--\r\n").length());
    InputStream body =
        new SequenceInputStream(
            new ByteArrayInputStream(prefix),
            new InputStream() {
              long left = size;

              @Override
              public int read() {
                return left-- > 0 ? '%' : -1;
              }
            });
    HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.ofInputStream(() -> body);
    try {
      return http.send(
          "POST",
          path,
          "multipart/form-data; boundary=" + BOUNDARY,
          declared
              ? HttpRequest.BodyPublishers.fromPublisher(chunked, prefix.length + size)
              : chunked,
          "Authorization",
          user(user));
    } catch (IOException e) {
      return e;
    }
  }

  static byte[] multipart(String fileName, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String head =
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nskipped part\r\n--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/pdf\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** A small but real PDF. */
  static byte[] pdf(String text) {
    return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% "
            + text
            + "\ntrailer<</Root 1 0 R>>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }
}
