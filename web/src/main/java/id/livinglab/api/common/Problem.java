package id.livinglab.api.common;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A problem response (RFC 9457): {@code application/problem+json} with type, title, status and
 * detail; {@code field} names the offending input where there is one, {@code problems} lists the
 * first problems of an uploaded file and {@code problemCount} counts them all; {@code allowed}
 * names the moves a refused workflow move could have been.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String field,
    List<Item> problems,
    Integer problemCount,
    List<String> allowed) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One problem of a file: where and what. */
  public record Item(int line, String instansiCode, String field, String message) {}

  public Problem(String type, String title, int status, String detail, String field) {
    this(type, title, status, detail, field, null, null, null);
  }

  /**
   * Writes this problem to a servlet response, for answers made before JAX-RS runs (the request
   * guard, the Basic challenge): the same JSON, escaped by JSON-P.
   */
  public void write(HttpServletResponse response) throws IOException {
    response.setStatus(status);
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    try (JsonGenerator json = Json.createGenerator(response.getWriter())) {
      json.writeStartObject()
          .write("type", type)
          .write("title", title)
          .write("status", status)
          .write("detail", detail)
          .writeEnd();
    }
  }

  public Response toResponse() {
    return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
  }
}
