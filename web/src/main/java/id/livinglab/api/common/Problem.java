package id.livinglab.api.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A problem response (RFC 9457): {@code application/problem+json} with type, title, status and
 * detail; {@code field} names the offending input where there is one, {@code problems} lists the
 * first problems of an uploaded file and {@code problemCount} counts them all.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String field,
    List<Item> problems,
    Integer problemCount) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One problem of a file: where and what. */
  public record Item(int line, String instansiCode, String field, String message) {}

  public Problem(String type, String title, int status, String detail, String field) {
    this(type, title, status, detail, field, null, null);
  }

  public Response toResponse() {
    return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
  }
}
