package io.github.bulletinkit.model;

import java.util.List;

/**
 * A group of a bulletin's entries under a heading of its own, such as "Research and reports": in every format a
 * heading followed by its own two-column table.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @param heading the section's heading; required
 * @param entries its entries, in order; at least one
 * @since 0.2.0
 */
public record Section(String heading, List<Entry> entries) {

    /**
     * Checks both components and reports all of their problems at once; copies the list of entries.
     *
     * @param heading the heading; not blank
     * @param entries the entries; not empty, no null element
     * @throws InvalidBulletinException listing every rule the components break, each by its path
     */
    public Section {
        Checks checks = new Checks();
        heading = checks.required("heading", heading);
        checks.check(entries == null || !entries.isEmpty(), "entries", () -> "a section needs at least one entry");
        entries = checks.list("entries", entries);
        checks.done();
    }

    /**
     * A section of the given entries.
     *
     * @param heading the heading; not blank
     * @param entries the entries, in order; at least one
     * @return the section; never null
     * @throws InvalidBulletinException when the heading is blank or there is no entry
     */
    public static Section of(String heading, Entry... entries) {
        return new Section(heading, List.of(entries));
    }
}
