/**
 * {@code /api/v1/assessments}: the evaluation cycle for integration, with the same checks as the
 * pages (HTTP Basic; role, instansi and stage checked by the services).
 */
package id.livinglab.api.assessment;
