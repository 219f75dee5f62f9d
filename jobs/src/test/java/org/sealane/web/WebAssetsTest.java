package org.sealane.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pages are filled from their templates as written, whatever the libraries put in contain. */
class WebAssetsTest {

    @Test
    void everyPlaceholderIsFilledOnceAndWhatGoesInIsNotSearchedAgain() {
        String page =
                WebAssets.fill(
                        "<title>{{title}}</title><script>{{code}}</script>",
                        Map.of("title", "Bab-el-Mandeb", "code", "var a = '{{title}}';"));
        assertThat(page)
                .isEqualTo("<title>Bab-el-Mandeb</title><script>var a = '{{title}}';</script>");
        assertThatThrownBy(() -> WebAssets.fill("{{missing}}", Map.of()))
                .hasMessageContaining("{{missing}}");
    }
}
