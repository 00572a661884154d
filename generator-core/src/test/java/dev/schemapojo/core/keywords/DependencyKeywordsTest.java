package dev.schemapojo.core.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemapojo.core.keywords.DependencyKeywords.Dependency;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyKeywordsTest {
    @Test
    void dependentRequiredEntriesInOrder() {
        assertThat(DependencyKeywords.dependentRequired(Json.of("""
                {'dependentRequired': {'card': ['billing', 'cvv'], 'age': []}}""")))
                .containsExactly(new Dependency("card", List.of("billing", "cvv")), new Dependency("age", List.of()));
    }

    @Test
    void arrayFormOfDependenciesCounts() {
        assertThat(DependencyKeywords.dependentRequired(Json.of("{'dependencies': {'a': ['b']}}")))
                .containsExactly(new Dependency("a", List.of("b")));
    }

    @Test
    void dependentRequiredComesBeforeDependenciesWhateverTheSchemaOrder() {
        assertThat(DependencyKeywords.dependentRequired(Json.of("""
                {'dependencies': {'old': ['x']}, 'dependentRequired': {'new': ['y']}}""")))
                .containsExactly(new Dependency("new", List.of("y")), new Dependency("old", List.of("x")));
    }

    @Test
    void sameNameInBothKeywordsGivesTwoEntries() {
        assertThat(DependencyKeywords.dependentRequired(Json.of("""
                {'dependentRequired': {'a': ['b']}, 'dependencies': {'a': ['c']}}""")))
                .containsExactly(new Dependency("a", List.of("b")), new Dependency("a", List.of("c")));
    }

    @Test
    void schemaValuedDependenciesAreLeftOut() {
        assertThat(DependencyKeywords.dependentRequired(Json.of("""
                {'dependencies': {'a': {'required': ['b']}, 'c': ['d'], 'e': true}}""")))
                .containsExactly(new Dependency("c", List.of("d")));
    }

    @Test
    void nonStringNamesAreDropped() {
        assertThat(DependencyKeywords.dependentRequired(Json.of("{'dependentRequired': {'a': ['b', 1, null, 'c']}}")))
                .containsExactly(new Dependency("a", List.of("b", "c")));
    }

    @Test
    void missingOrNonObjectKeywordsGiveNoEntries() {
        assertThat(DependencyKeywords.dependentRequired(Json.of("{}"))).isEmpty();
        assertThat(DependencyKeywords.dependentRequired(Json.of("{'dependentRequired': ['a']}"))).isEmpty();
        assertThat(DependencyKeywords.dependentRequired(Json.of("{'dependencies': 5}"))).isEmpty();
    }
}
