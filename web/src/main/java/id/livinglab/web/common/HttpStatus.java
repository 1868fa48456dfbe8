package id.livinglab.web.common;

import id.livinglab.common.AccessDeniedException;
import id.livinglab.common.BusinessException;
import id.livinglab.common.ConflictException;
import id.livinglab.common.InvalidInputException;
import id.livinglab.common.NotFoundException;
import id.livinglab.common.TooLargeException;
import id.livinglab.result.ImportRejectedException;
import java.util.Map;

/**
 * The HTTP status of a business refusal, for the REST mapper and the pages' error pages alike. The
 * services' exceptions say what went wrong; which status that is belongs to the web layer.
 */
public final class HttpStatus {

  /** Each kind of refusal and its status; a subclass answers as its kind does. */
  private static final Map<Class<? extends BusinessException>, Integer> STATUS =
      Map.of(
          NotFoundException.class, 404,
          AccessDeniedException.class, 403,
          ConflictException.class, 409,
          TooLargeException.class, 413,
          ImportRejectedException.class, 422,
          InvalidInputException.class, 400);

  private HttpStatus() {}

  public static int of(BusinessException e) {
    for (Class<?> kind = e.getClass(); kind != null; kind = kind.getSuperclass()) {
      Integer status = STATUS.get(kind);
      if (status != null) {
        return status;
      }
    }
    // A refusal of a kind this mapping does not know yet is still the caller's problem, not a
    // fault.
    return 400;
  }
}
