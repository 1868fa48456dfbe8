package id.livinglab.instansi;

import id.livinglab.common.NotFoundException;

/** No instansi has the code asked for. */
public class InstansiNotFoundException extends NotFoundException {

  public InstansiNotFoundException(String code) {
    super("error.instansi.notFound", code);
  }
}
