package id.livinglab.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** {@code POST /logout}: ends the session and returns to the home page. */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /**
   * A GET is refused as the servlet's default would, but without its reason phrase ("HTTP method
   * GET is not supported by this URL") in the status line: the error page words it.
   */
  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    res.setHeader("Allow", "POST");
    res.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res)
      throws IOException, ServletException {
    Object language = null;
    HttpSession session = req.getSession(false);
    if (session != null) {
      language = session.getAttribute("livinglab.locale");
      session.invalidate();
    }
    req.logout();
    if (language != null) {
      req.getSession(true).setAttribute("livinglab.locale", language);
    }
    res.sendRedirect(req.getContextPath() + "/");
  }
}
