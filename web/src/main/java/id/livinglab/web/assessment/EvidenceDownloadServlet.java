package id.livinglab.web.assessment;

import id.livinglab.assessment.EvidenceService;
import id.livinglab.common.AccessDeniedException;
import id.livinglab.common.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;

/**
 * {@code /assessment/evidence?year=&code=&id=}: an evidence file for a logged-in page user (the API
 * serves the same with HTTP Basic). Sent as an attachment, never rendered inline.
 */
@WebServlet("/assessment/evidence")
public class EvidenceDownloadServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private EvidenceService evidence;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    EvidenceService.Download d;
    try {
      d =
          evidence.open(
              Integer.parseInt(request.getParameter("year")),
              request.getParameter("code"),
              Long.parseLong(request.getParameter("id")));
    } catch (NumberFormatException | NotFoundException e) {
      response.sendError(404);
      return;
    } catch (AccessDeniedException e) {
      response.sendError(403);
      return;
    }
    response.setContentType(d.contentType());
    response.setContentLengthLong(d.size());
    // Attachment and nosniff, never inline: a polyglot (%PDF- followed by HTML) is accepted as a
    // PDF and must not be rendered as a page of ours (EvidenceService.Download).
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Disposition", d.contentDisposition());
    Files.copy(d.path(), response.getOutputStream());
  }
}
