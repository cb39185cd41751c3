package io.github.bulletinkit.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.bulletinkit.format.RenderOptions;
import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The QR codes of a printed bulletin: one per address, at a size that scans, none for an address too long. */
class QrCodeTest {

    private static String addressOf(int length) {
        String start = "https://example.org/report?page=";
        return start + "x".repeat(length - start.length());
    }

    @Test
    void aModuleIsSixTenthsOfAMillimetreAndTheQuietZoneFourModules() {
        QrCode code = QrCode.of("https://learning.nspcc.org.uk/").orElseThrow();

        assertThat(QrCode.MODULE_POINTS).isCloseTo(1.7008f, within(0.001f));
        assertThat(code.size()).isEqualTo(29);
        assertThat(code.sizeWithQuietZone()).isEqualTo(37);
        assertThat(code.sidePoints() * 25.4f / 72).isCloseTo(22.2f, within(0.01f));
        assertThat(code.description()).isEqualTo("QR code for https://learning.nspcc.org.uk/");
    }

    @Test
    void anAddressOf213CharactersHasACodeOfVersion10AndOneLongerNone() {
        QrCode longest = QrCode.of(addressOf(QrCode.MAX_BYTES)).orElseThrow();

        assertThat(longest.size()).isEqualTo(57);
        assertThat(longest.sidePoints() * 25.4f / 72).isCloseTo(39.0f, within(0.01f));
        assertThat(QrCode.of(addressOf(QrCode.MAX_BYTES + 1))).isEmpty();
        assertThat(QrCode.of(addressOf(5000))).isEmpty();
    }

    @Test
    void theCodeHoldsTheAddressInASCII() {
        assertThat(QrCode.of("https://example.org/дети?q=1#часть").orElseThrow().address())
                .isEqualTo("https://example.org/%D0%B4%D0%B5%D1%82%D0%B8?q=1#%D1%87%D0%B0%D1%81%D1%82%D1%8C");
    }

    @Test
    void onPaperEachLinkWithAnAddressIsFollowedByItsAddressAndCode() {
        Bulletin bulletin = Bulletin.builder("Print").language("en-GB")
                .entry(Entry.builder().topic("Topic").source("Source").published(LocalDate.of(2025, 1, 6))
                        .paragraph("Summary.")
                        .link("Read the report:", "Deaths of children in need", "https://example.org/report?id=3#end")
                        .link("", "No address", "")
                        .link("", "Too long", addressOf(300))
                        .build())
                .build();
        LayoutPlan plan = LayoutPlan.of(bulletin, RenderOptions.builder().forPrint(true).build());

        List<CellPart> links = plan.row(0).links();

        // Each link with an address, then its printed address, then its code unless the address is too long.
        assertThat(links).extracting(part -> part.getClass().getSimpleName(), CellPart::place).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Block", "entries[0].links[0]"),
                org.assertj.core.groups.Tuple.tuple("AddressBlock", "entries[0].links[0].url"),
                org.assertj.core.groups.Tuple.tuple("QrBlock", "entries[0].links[0].url"),
                org.assertj.core.groups.Tuple.tuple("Block", "entries[0].links[1]"),
                org.assertj.core.groups.Tuple.tuple("Block", "entries[0].links[2]"),
                org.assertj.core.groups.Tuple.tuple("AddressBlock", "entries[0].links[2].url"));
        assertThat(((Block) links.get(0)).text()).isEqualTo("Read the report: Deaths of children in need");
        assertThat(((AddressBlock) links.get(1)).address().text()).isEqualTo("example.org/report?id=3#end");
        assertThat(((QrBlock) links.get(2)).code().address()).isEqualTo("https://example.org/report?id=3#end");
        assertThat(((AddressBlock) links.get(5)).address().text()).isEqualTo(PrintedAddress.of(addressOf(300)).text());
        assertThat(LayoutPlan.of(bulletin, RenderOptions.defaults()).row(0).links())
                .allSatisfy(part -> assertThat(part).isInstanceOfSatisfying(Block.class,
                        block -> assertThat(block.role()).isEqualTo(Role.LINK)));
    }
}
