package org.scholarfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarfolio.model.NewsDate;
import org.scholarfolio.model.NewsField;
import org.scholarfolio.model.NewsItem;
import org.scholarfolio.model.Portfolio;
import org.scholarfolio.model.UnknownFields;
import org.scholarfolio.model.validation.PortfolioValidator;
import org.scholarfolio.store.PortfolioStore;
import org.scholarfolio.ui.EditorViewModel;
import org.scholarfolio.ui.InMemoryPortfolioFiles;
import org.scholarfolio.ui.news.NewsViewModel;

/** The news registry: one description per news field, read by the file, the validator and the form. */
class NewsFieldTest {
    private static final NewsItem TALK = new NewsItem("talk", NewsDate.of(LocalDate.of(2024, 5, 1)), "Talk",
            "At **ICML**", false, new UnknownFields(Map.of("venue", "Vienna")));

    @Test
    void theFileWritesEveryNewsFieldUnderItsKeyInConstantOrderAndReadsItBack(@TempDir Path dir) throws Exception {
        Portfolio portfolio = Portfolio.empty().withNews(List.of(TALK));
        String json = new String(PortfolioStore.toJson(portfolio), StandardCharsets.UTF_8);

        int previous = -1;
        for (NewsField field : NewsField.values()) {
            int at = json.indexOf("\"" + field.jsonKey() + "\":");
            assertThat(at).as(field.jsonKey()).isGreaterThan(previous);
            previous = at;
        }
        Files.writeString(dir.resolve(PortfolioStore.FILE_NAME), json);
        assertThat(PortfolioStore.load(dir).portfolio().news()).containsExactly(TALK);
    }

    @Test
    void textAndFlagAccessorsReadWhatTheirCopiesWrite() {
        for (NewsField field : NewsField.values()) {
            switch (field.kind()) {
                case TEXT, MARKDOWN -> assertThat(field.text(field.withText(TALK, "changed"))).isEqualTo("changed");
                case FLAG -> assertThat(field.flag(field.withFlag(TALK, true))).isTrue();
                case DATE -> assertThat(field.alfolioKey()).contains("date");
            }
        }
    }

    @Test
    void theValidatorNamesNewsFieldsByTheirPaths() {
        NewsItem untitledPage = new NewsItem("a", null, "", "", false, UnknownFields.NONE);
        List<String> paths = PortfolioValidator.validate(Portfolio.empty().withNews(List.of(untitledPage)), null)
                .stream().map(d -> d.path()).toList();

        assertThat(paths).contains(NewsField.DATE.pathAt(0), NewsField.TITLE.pathAt(0), NewsField.BODY.pathAt(0));
    }

    @Test
    void theFormHasAPropertyForEveryLabelledField() {
        EditorViewModel editor = new EditorViewModel(new InMemoryPortfolioFiles(), Portfolio.empty().withNews(List.of(TALK)), null);
        NewsViewModel vm = new NewsViewModel(editor);
        vm.selectedIndexProperty().set(0);

        Arrays.stream(NewsField.values()).filter(f -> f.label().isPresent()).forEach(field -> {
            switch (field.kind()) {
                case TEXT, MARKDOWN -> assertThat(vm.textProperty(field).get()).isEqualTo(field.text(TALK));
                case FLAG -> assertThat(vm.flagProperty(field).get()).isEqualTo(field.flag(TALK));
                case DATE -> assertThat(vm.dateTextProperty().get()).isEqualTo("2024-05-01");
            }
            assertThat(vm.fieldPath(field)).isEqualTo(field.pathAt(0));
        });
    }
}
