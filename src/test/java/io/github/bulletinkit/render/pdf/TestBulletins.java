package io.github.bulletinkit.render.pdf;

import io.github.bulletinkit.model.Bulletin;
import io.github.bulletinkit.model.Entry;
import io.github.bulletinkit.model.RichText;
import java.time.LocalDate;
import java.util.StringJoiner;

/** Bulletins for the PDF tests, built with the model's builders. */
final class TestBulletins {

    private TestBulletins() {
    }

    /** The safeguarding bulletin that BulletinKit was first made for. */
    static Bulletin safeguarding() {
        return Bulletin.builder("Safeguarding Updates")
                .subtitle("January 2025")
                .publisher("NSPCC Learning")
        .entry(Entry.builder()
            .topic("Child safeguarding incidents")
            .source("NSPCC Learning")
            .published(LocalDate.of(2025, 1, 6))
            .paragraph("NSPCC Learning has published a CASPAR briefing summarising the recent Child Safeguarding Practice Review Panel’s annual report, which looked at the child safeguarding system in England, based on serious child safeguarding incidents occurring between April 2023 and March 2024. The CASPAR briefing summarises: the context and challenges in the safeguarding and child protection system; data from rapid reviews; spotlight themes and learning for practice; and plans for the Panel’s future work.")
            .link("Read the CASPAR briefing:", "Summary of the Child Safeguarding Practice Review Panel annual report 2023/24", "https://learning.nspcc.org.uk/research-resources/2025/caspar-panel-annual-report-2023-24")
            .build())
        .entry(Entry.builder()
            .topic("Children’s Wellbeing and Schools Bill")
            .source("DfE")
            .published(LocalDate.of(2024, 12, 17))
            .paragraph("The Children’s Wellbeing and Schools Bill has been published and introduced to Parliament for its First reading on 17th December. The Bill aims to change the law to better protect children and raise standards in education in England. Measures proposed in the Bill include: the introduction of registers in every local authority in England to identify children who are not in school; a system of unique identifier numbers for children across services to assist information and data sharing; strengthening the role of education professionals in safeguarding; greater support for families to stay together, including access to Family group decision-making meetings for all families with children at risk of entering the care system; and stronger regulation of children’s social care providers. Additionally, parents will no longer have an automatic right to educate their children at home if their child is subject to a child protection investigation or under a child protection plan. The DfE has published policy summary notes on measures in the Bill.")
            .link("Read the news story:", "Legislation breaks down barriers to opportunity for all children", "https://www.gov.uk/government/news/legislation-breaks-down-barriers-to-opportunity-for-all-children")
            .link("Read the policy summary:", "Children’s Wellbeing and Schools Bill 2024: policy summary", "https://www.gov.uk/government/publications/childrens-wellbeing-and-schools-bill-policy-summary")
            .link("Access the Bill:", "Children’s Wellbeing and Schools Bill - UK Parliament", "https://bills.parliament.uk/bills/3909")
            .build())
        .entry(Entry.builder()
            .topic("Unregistered children’s homes")
            .source("Children’s Commissioner for England")
            .published(LocalDate.of(2024, 12, 16))
            .paragraph("The Children’s Commissioner for England has published a new report on the use of unregistered children’s homes in England. The Commissioner requested information from local authorities about looked after children placed in unregistered children’s homes on 1 September 2024. The report found that: 775 looked after children were living in unregistered placements; the majority of children in unregistered homes were older teens; and the majority of children were placed in out-of-local-authority-area accommodation. Recommendations include: investment in developing therapeutic children’s homes with joint health and social care support and stronger disincentives for providers and local authorities to prevent the use of unregistered children’s homes.")
            .link("Read the report:", "Illegal children’s homes", "https://www.childrenscommissioner.gov.uk/resource/illegal-childrens-homes/")
            .link("See also on NSPCC Learning >", "Children in care", "https://learning.nspcc.org.uk/children-and-families-at-risk/looked-after-children")
            .build())
        .entry(Entry.builder()
            .topic("Care experienced young people")
            .source("Children’s Commissioner for England")
            .published(LocalDate.of(2024, 12, 10))
            .paragraph("The Children’s Commissioner for England’s Care Experienced Advisory Board have designed a hierarchy of needs for care experienced young people. Based on Maslow’s Hierarchy of Needs, the visual guide aims to help professionals support and understand the needs of care experienced young people. The needs include: physical/physiological; safety; integration and belonging; and self-esteem, independence and autonomy.")
            .link("Access the resource:", "Hierarchy of needs for care experienced young people", "https://www.childrenscommissioner.gov.uk/resource/hierarchy-of-needs/")
            .build())
        .entry(Entry.builder()
            .topic("Residential services")
            .source("Care Inspectorate")
            .published(LocalDate.of(2024, 12, 19))
            .paragraph("The Care Inspectorate has updated its admissions guidance for residential services and the protocol for use of the emergency bedroom in secure accommodation services in Scotland. The guidance for matching looked after children and young people sets out the Care Inspectorate’s expectations for services to plan for and assess the needs of children and young people before a placement begins. The protocol and procedures for secure accommodation aims to ensure consistent and safe practice around the use of emergency beds - a single secure bedroom which is not an integral part of one of the secure houses.")
            .link("Read the news story:", "Revised guidance for children and young people's residential services", "https://www.careinspectorate.com/index.php/news/7701-revised-guidance")
            .build())
        .entry(Entry.builder()
            .topic("Child sexual exploitation and abuse")
            .source("Digital Futures for Children centre")
            .published(LocalDate.of(2024, 12, 3))
            .paragraph("The Digital Futures for Children centre has published a report exploring technology-facilitated child sexual exploitation and abuse (CSEA). Based on expert interviews, consultation and desk research, the report sets out six guiding principles to support policymakers, researchers, and practitioners in understanding and responding to technology-facilitated CSEA. The principles are based on a holistic and context-sensitive child rights approach. Key recommendations include: children’s voices count and should be used to inform the design of measures to respond to technology-facilitated CSEA; language matters and professionals should avoid using words that blame children; and responses to technology-facilitated CSEA, whether by legislators, law enforcement, social welfare institutions or parents, must avoid placing blame on children, both explicitly and implicitly.")
            .link("Read the report:", "Guiding principles for addressing technology-facilitated child sexual exploitation and abuse", "https://www.digital-futures-for-children.net/guiding-principles-csea")
            .build())
        .entry(Entry.builder()
            .topic("Online safety")
            .source("Ofcom")
            .published(LocalDate.of(2024, 12, 16))
            .paragraph("Ofcom has published its first-edition codes of practice and guidance on tackling illegal harms online. The publications aim to help technology companies comply with the safety duties in the UK’s Online Safety Act. Tech providers are required to undertake risk assessments related to illegal harms to children and adults using their platforms by 16 March 2025. Subject to the Codes completing the Parliamentary process, from 17 March 2025, providers will also need to implement the safety measures set out in the Codes or use other effective measures to protect users from illegal content and activity.")
            .link("Read the press release:", "Time for tech firms to act: UK online safety regulation comes into force", "https://www.ofcom.org.uk/online-safety/illegal-and-harmful-content/time-for-tech-firms-to-act")
            .link("Access the codes and guidance:", "Statement: protecting people from illegal harms online", "https://www.ofcom.org.uk/online-safety/illegal-and-harmful-content/statement-protecting-people-from-illegal-harms-online")
            .link("See also on NSPCC Learning >", "Preventing online harm and abuse", "https://learning.nspcc.org.uk/online-safety/preventing-online-harm-abuse")
            .build())
        .entry(Entry.builder()
            .topic("Children and violence")
            .source("YEF")
            .published(LocalDate.of(2024, 12, 18))
            .paragraph("The Youth Endowment Fund (YEF) has published the final findings from its annual Children, violence and vulnerability research. The YEF surveyed over 10,000 13- to 17-year-olds in England and Wales about their experiences of violence. This report looks at children’s access to positive activities, youth clubs and trusted adult figures. Findings include: youth clubs seem to be reaching those who need them most with vulnerable children being the most likely to attend; and most children in the study, including those most affected by violence, said they had a trusted adult outside the home.")
            .link("Read the report:", "Who has access to positive activities, youth clubs and trusted adults?", "https://youthendowmentfund.org.uk/reports/children-violence-and-vulnerability-2024/")
            .build())
        .entry(Entry.builder()
            .topic("Children in need")
            .source("Children’s Commissioner for England")
            .published(LocalDate.of(2024, 12, 12))
            .paragraph("The Children’s Commissioner for England has published a report on deaths of children in need, including looked after children, children on a child protection plan, and children on a child in need plan. The report examines the characteristics of children and young people who die having had social care involvement, and how they compare to all child deaths. It highlights the specific risks faced by children known to social care services and issues around information sharing between services and limited contact with children’s services professionals. Recommendations from the Commissioner include: a change in the law to give children in England equal protection from physical assault to adults; schools to be at the centre of safeguarding arrangements; and greater oversight of home educated children.")
            .link("Read the report:", "Deaths of children in need", "https://www.childrenscommissioner.gov.uk/resource/deaths-of-children-in-need/")
            .build())
                .build();
    }

    /** One entry whose summary has every kind of emphasis and inline links with a fragment and a query. */
    static Entry richEntry() {
        return Entry.builder()
                .topic("Emphasis and links")
                .source("BulletinKit tests")
                .published(LocalDate.of(2025, 2, 3))
                .paragraph(RichText.builder()
                        .text("Plain words, then ")
                        .bold("bold words")
                        .text(", ")
                        .italic("italic words")
                        .text(", ")
                        .underline("underlined words")
                        .text(" and an inline ")
                        .link("link with a fragment", "https://example.org/guide.html#section-2")
                        .text(".")
                        .build())
                .paragraph(RichText.builder()
                        .text("A second paragraph\nwith a line break,\ta tab and a ")
                        .link("query link", "https://example.org/search?a=1&b=2")
                        .text(" at its end.")
                        .build())
                .link("Read the guide:", "Guide to everything", "https://example.org/guide?x=1&y=2#top")
                .link("Unknown address:", "A report without a URL", "")
                .build();
    }

    /** A bulletin of {@code count} numbered entries, each with a summary of a few sentences and a link. */
    static Bulletin numbered(int count) {
        Bulletin.Builder builder = Bulletin.builder("A long bulletin").subtitle("Many entries").publisher("Tests");
        for (int i = 1; i <= count; i++) {
            builder.entry(Entry.builder()
                    .topic("Topic number " + i)
                    .source("Source " + i)
                    .published(LocalDate.of(2024, 1, 1).plusDays(i % 365))
                    .paragraph("Entry " + i + " begins here. It has a second sentence about item " + i
                            + ". And a third sentence that ends entry " + i + ".")
                    .link("Read item " + i + ":", "Item " + i + " online", "https://example.org/items/" + i)
                    .build());
        }
        return builder.build();
    }

    /** {@code count} words, each numbered, so that a missing or repeated word shows. */
    static String words(int count) {
        StringJoiner text = new StringJoiner(" ");
        for (int i = 1; i <= count; i++) {
            text.add("w" + i + (i % 12 == 0 ? "." : ""));
        }
        return text.toString();
    }
}
