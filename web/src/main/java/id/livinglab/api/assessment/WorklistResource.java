package id.livinglab.api.assessment;

import id.livinglab.assessment.AssessmentService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /api/v1/assessments}: what the caller works on, in every period. */
@Path("assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorklistResource {

  @EJB private AssessmentService assessments;

  @GET
  @Operation(summary = "The assessments the caller works on, in every period")
  public List<AssessmentService.WorkItem> worklist() {
    return assessments.worklist();
  }
}
