package dev.topolint;

/**
 * A declaration that a finding involves besides its own: another component, or a step on the way a request
 * takes. It stands in the finding's file.
 *
 * @param id the component's id; for a declaration inside a component, such as a listener, the component's
 * @param label what the declaration is, e.g. {@code load balancer lb-01} or {@code listener of host web-01}
 * @param path the declaration's JSON Pointer
 */
public record Place(String id, String label, String path, Region region) {
}
