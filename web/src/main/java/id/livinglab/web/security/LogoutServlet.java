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
