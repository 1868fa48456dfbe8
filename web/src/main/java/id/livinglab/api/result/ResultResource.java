package id.livinglab.api.result;

import id.livinglab.api.common.Params;
import id.livinglab.common.InvalidInputException;
import id.livinglab.result.ImportReport;
import id.livinglab.result.PublishedResultUpload;
import id.livinglab.result.ResultService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /api/v1/results}: published results, public to read, imported by the administrator. */
@Path("results")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ResultResource {

  /** The largest results file accepted: 629 rows take about 60 KB. */
  static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

  @EJB private ResultService results;
  @EJB private PublishedResultUpload upload;

  @GET
  @Operation(summary = "Published results of a year, by instansi code")
  @APIResponse(responseCode = "400", description = "No year given")
  public List<ResultJson> ofYear(@QueryParam("year") String yearParam) {
    Integer year = Params.year("year", yearParam);
    if (year == null) {
      throw new InvalidInputException("year", "error.field.required", "year");
    }
    return results.resultsOf(year).stream().map(ResultJson::of).toList();
  }

  @POST
  @Path("import")
  // text/csv only: text/plain is what a plain HTML form on another site can send (a "simple"
  // request the browser does not ask about first), so it is refused with 415 (see also
  // RequestGuard, which refuses every state-changing request from another origin).
  @Consumes("text/csv")
  @Operation(
      summary = "Replace the published results of the years in a CSV file (administrator)",
      description =
          "Columns year,instansi_code,d1,d2,d3,d4[,indeks,predikat], or official indicator"
              + " levels year,instansi_code,i1,…,i47[,indeks] (every indicator of the year's"
              + " framework on its scale; index, domains, aspects and predicate are computed from"
              + " the levels). Every row is checked; any problem stores nothing. Content-Type"
              + " text/csv only (text/plain is refused with 415).")
  @APIResponse(responseCode = "200", description = "Counts of what was imported and replaced")
  @APIResponse(responseCode = "422", description = "Problem JSON listing every problem by line")
  @APIResponse(responseCode = "401", description = "Not logged in (HTTP Basic)")
  @APIResponse(responseCode = "403", description = "Not a national administrator")
  public ImportReport importCsv(InputStream body) throws IOException {
    byte[] bytes = body.readNBytes(MAX_FILE_BYTES + 1);
    if (bytes.length > MAX_FILE_BYTES) {
      throw new InvalidInputException("file", "import.tooLarge", MAX_FILE_BYTES / 1024);
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    return upload.upload(new StringReader(text));
  }
}
