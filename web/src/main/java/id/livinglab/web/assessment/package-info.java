/**
 * The evaluation cycle's pages: the worklist with the administrator's period controls, one
 * instansi's assessment, and one indicator with its answer, evidence, review and audit trail.
 */
package id.livinglab.web.assessment;
