package io.github.bulletinkit.print;

import io.github.bulletinkit.layout.PrintedAddress;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.Link;
import io.github.bulletinkit.testing.Samples;
import java.time.LocalDate;
import java.util.List;

/** The bulletins the print tests lay out, and what their links should read as on paper. */
final class PrintTestBulletins {

    /** An {@code https} address of exactly {@code length} characters. */
    static String addressOf(int length) {
        String start = "https://example.org/report?page=";
        return start + "x".repeat(length - start.length());
    }

    /** One entry, whose one link's address is too long for a QR code that scans at the printed size. */
    static Bulletin withALongAddress() {
        return Bulletin.builder("Long addresses").language("en-GB")
                .entry(Entry.builder().topic("A long address").source("Example").published(LocalDate.of(2025, 1, 6))
                        .paragraph("Its link's address is longer than a code of version 10 holds.")
                        .link("Read:", "the report", addressOf(300))
                        .build())
                .build();
    }

    /** Every link address of the sample bulletin, in reading order. */
    static List<String> sampleAddresses() {
        return Samples.sample().entries().stream().flatMap(e -> e.links().stream()).map(Link::url).toList();
    }

    /** The printed form of each of them. */
    static List<String> samplePrintedAddresses() {
        return sampleAddresses().stream().map(url -> PrintedAddress.of(url).text()).toList();
    }

    private PrintTestBulletins() {
    }
}
