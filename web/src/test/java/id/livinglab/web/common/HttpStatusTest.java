package id.livinglab.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.livinglab.common.AccessDeniedException;
import id.livinglab.common.ConflictException;
import id.livinglab.common.InvalidInputException;
import id.livinglab.common.TooLargeException;
import id.livinglab.instansi.InstansiNotFoundException;
import id.livinglab.result.ImportRejectedException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of business refusal answers with its HTTP status, subclasses included. */
class HttpStatusTest {

  @Test
  void eachRefusalHasItsStatus() {
    assertEquals(404, HttpStatus.of(new InstansiNotFoundException("99.99")));
    assertEquals(403, HttpStatus.of(new AccessDeniedException("error.assessment.forbidden", "x")));
    assertEquals(409, HttpStatus.of(new ConflictException("error.answer.concurrent")));
    assertEquals(400, HttpStatus.of(new InvalidInputException("year", "error.field.required")));
    assertEquals(413, HttpStatus.of(new TooLargeException("error.upload.tooLarge")));
    assertEquals(422, HttpStatus.of(new ImportRejectedException(List.of(), 0)));
  }
}
