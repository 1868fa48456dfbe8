package id.livinglab.api;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /livinglab/api/openapi}: where the OpenAPI document of this API is. */
@WebServlet("/api/openapi")
public class OpenApiLink extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    res.sendRedirect("/openapi");
  }
}
