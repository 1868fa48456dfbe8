/**
 * The REST face of the services under {@code /api/v1}. Resources are thin; their records (DTOs)
 * live here only, and entities never go out over HTTP.
 */
package id.livinglab.api;
