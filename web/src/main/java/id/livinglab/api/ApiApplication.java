package id.livinglab.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/**
 * The REST API, version 1: {@code /livinglab/api/v1}. Its OpenAPI document is served by the server
 * at {@code /openapi} (linked from {@code /livinglab/api/openapi}).
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Living Lab API",
            version = "1",
            description =
                "SPBE / Indeks Pemerintah Digital: frameworks, scoring, published results,"
                    + " instansi portraits. Published data is public; changes need HTTP Basic"
                    + " with a directory account. Errors are RFC 9457 problem JSON. A request that"
                    + " changes anything (POST, PUT, PATCH, DELETE) and names another site in its"
                    + " Origin (or, without one, Referer) header is refused with 403, so a"
                    + " browser that holds credentials cannot be used from another site; scripts"
                    + " and servers, which send neither header, are not affected.",
            license = @License(name = "Data: public regulations and reports; regions ODbL 1.0")))
public class ApiApplication extends Application {

  /**
   * Jersey would describe every resource at {@code application.wadl} to anyone: the OpenAPI
   * document is the one description we publish.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
