package dev.stacklint.project.python;

import dev.stacklint.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DjangoUrlsTest {
    private static final String WSGI = """
            import os
            from django.core.wsgi import get_wsgi_application
            os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site.settings")
            application = get_wsgi_application()
            """;

    /** A project whose settings name {@code site.urls}, with the other modules given. */
    private static Optional<RouteTable> routes(String urls, Map<String, String> modules) {
        return routes("ROOT_URLCONF = \"site.urls\"\nMEDIA_URL = \"/media/\"\n", urls, modules);
    }

    private static Optional<RouteTable> routes(String settings, String urls, Map<String, String> modules) {
        Map<String, String> all = new HashMap<>(modules);
        all.put("site", "");
        all.put("site.settings", settings);
        all.put("site.urls", urls);
        PythonScanner.ModuleResolver resolver = m -> Optional.ofNullable(all.get(m)).map(text -> SourceFile.of(
                m.replace('.', '/') + (m.contains(".") ? ".py" : "/__init__.py"), text));
        return DjangoUrls.of(new AppCode(SourceFile.of("site/wsgi.py", WSGI), resolver, Optional.of("site.settings")));
    }

    @Test
    void pathsAndIncludesTakeTheirPrefixes() {
        RouteTable t = routes("""
                from django.contrib import admin
                from django.urls import include, path
                from . import views
                urlpatterns = [
                    path("healthz/", views.health),
                    path("api/", include("shop.urls")),
                    path("admin/", admin.site.urls),
                    path("items/<int:pk>/", views.item),
                ]
                """, Map.of("shop", "", "shop.urls", """
                from django.urls import path
                from . import views
                urlpatterns = [path("orders/", views.orders, name="orders")]
                """)).orElseThrow();
        assertThat(t.serves("/healthz")).isTrue();
        assertThat(t.serves("/healthz/")).isTrue();
        assertThat(t.serves("/health/")).isFalse();
        assertThat(t.serves("/api/orders/")).isTrue();
        assertThat(t.serves("/orders/")).isFalse();
        assertThat(t.serves("/admin/login/")).isTrue();
        assertThat(t.serves("/items/3/")).isTrue();
        assertThat(t.serves("/static/app.css")).isTrue();
    }

    @Test
    void listsIncludedByValueAndAddedLaterAreRead() {
        RouteTable t = routes("""
                from django.conf import settings
                from django.conf.urls.static import static
                from django.urls import include, path, re_path
                api = [path("ping", ping)]
                urlpatterns = [path("api/v1/", include(api)), re_path(r"^status\\.json$", status)]
                urlpatterns += [path("up", up)]
                urlpatterns.append(path("ready/", ready))
                if settings.DEBUG:
                    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
                urlpatterns += [re_path(r"^legacy/(?P<slug>[\\w-]+)/$", legacy)]
                """, Map.of()).orElseThrow();
        assertThat(t.serves("/api/v1/ping")).isTrue();
        assertThat(t.serves("/ping")).isFalse();
        assertThat(t.serves("/status.json")).isTrue();
        assertThat(t.serves("/up/")).isTrue();
        assertThat(t.serves("/ready")).isTrue();
        assertThat(t.serves("/legacy/x/")).isTrue();
        assertThat(t.serves("/health")).isFalse();
        assertThat(t.serves("/media/a.png")).isTrue();
    }

    @Test
    void whatIsNotReadServesEverythingUnderItsPrefix() {
        RouteTable t = routes("""
                from django.urls import include, path
                from rest_framework.routers import DefaultRouter
                router = DefaultRouter()
                urlpatterns = [
                    path("api/", include(router.urls)),
                    path("accounts/", include("allauth.urls")),
                    path("files/", include([re_path(r"^.*$", files)])),
                    path("", home),
                ]
                """, Map.of()).orElseThrow();
        assertThat(t.serves("/api/anything/")).isTrue();
        assertThat(t.serves("/accounts/login/")).isTrue();
        assertThat(t.serves("/files/a")).isTrue();
        assertThat(t.serves("/")).isTrue();
        assertThat(t.serves("/health")).isFalse();
        assertThat(t.external()).contains("allauth.urls");
    }

    @Test
    void anIncludeOfAPackageAtTheRootServesEverything() {
        RouteTable t = routes("""
                from django.urls import include, path
                from wagtail import urls as wagtail_urls
                urlpatterns = [path("health/", health), path("", include(wagtail_urls))]
                """, Map.of()).orElseThrow();
        assertThat(t.serves("/anything")).isTrue();
    }

    @Test
    void unknownWhenTheUrlconfCannotBeRead() {
        assertThat(routes("ROOT_URLCONF = env(\"URLCONF\")\n", "urlpatterns = [path('', home)]\n", Map.of()))
                .isEmpty();
        assertThat(routes("""
                from django.urls import include, path
                urlpatterns = [path("shop/", include("site.shop.urls"))]
                """, Map.of())).isEmpty();
        assertThat(routes("""
                from django.conf.urls.i18n import i18n_patterns
                urlpatterns = i18n_patterns(path("health/", health))
                """, Map.of())).isEmpty();
        assertThat(routes("urls_list = [path('', home)]\n", Map.of())).isEmpty();
    }

    @Test
    void localMiddlewareMayAnswerAPathOrChooseAnotherUrlconf() {
        String settings = "ROOT_URLCONF = 'site.urls'\nMIDDLEWARE = ['site.middleware.Probe']\n";
        String urls = "urlpatterns = [path('', home)]\n";
        RouteTable t = routes(settings, urls, Map.of("site.middleware", """
                class Probe:
                    def __call__(self, request):
                        if request.path == "/livez":
                            return HttpResponse("ok")
                """)).orElseThrow();
        assertThat(t.serves("/livez")).isTrue();
        assertThat(t.serves("/health")).isFalse();
        assertThat(routes(settings, urls, Map.of("site.middleware", """
                class Probe:
                    def __call__(self, request):
                        request.urlconf = "site.api_urls"
                """))).isEmpty();
    }

    @Test
    void settingsSplitAcrossStarImportsAreFollowed() {
        RouteTable t = routes("from .base import *\nDEBUG = False\n", """
                urlpatterns = [path("up/", up)]
                """, Map.of("site.base", "ROOT_URLCONF = 'site.urls'\nSTATIC_URL = '/assets/'\n")).orElseThrow();
        assertThat(t.serves("/up")).isTrue();
        assertThat(t.serves("/assets/app.css")).isTrue();
        assertThat(routes("from .missing import *\nROOT_URLCONF = 'site.urls'\n", "urlpatterns = [path('', h)]\n",
                Map.of())).isEmpty();
    }

    @Test
    void aSelfReferencingOrDeeplyNestedUrlconfEnds() {
        String deep = "urlpatterns = " + "[".repeat(2000) + "]".repeat(2000) + "\n";
        assertThat(routes(deep, Map.of())).isEmpty();
        RouteTable t = routes("""
                urlpatterns = [path("a/", a)]
                urlpatterns = urlpatterns + [path("b/", b)]
                """, Map.of()).orElseThrow();
        assertThat(t.serves("/a/")).isTrue();
        assertThat(t.serves("/b/")).isTrue();
        assertThat(routes("urlpatterns = [path('b/', include('site.urls'))]\n", Map.of())).isEmpty();
    }

    @Test
    void plainRegexesBecomeRoutesAndOthersServeTheirPrefix() {
        assertThat(DjangoRegex.endpoint("^health/?$")).contains(java.util.List.of("health"));
        assertThat(DjangoRegex.endpoint("^$")).contains(java.util.List.of(""));
        assertThat(DjangoRegex.endpoint("^up")).contains(java.util.List.of("up", "up<path:rest>"));
        assertThat(DjangoRegex.endpoint("^(?P<pk>\\d+)/$")).contains(java.util.List.of("<path:pk>/"));
        assertThat(DjangoRegex.endpoint("health$")).isEmpty();
        assertThat(DjangoRegex.endpoint("^a|b$")).isEmpty();
        assertThat(DjangoRegex.prefix("^api/")).contains("api/");
    }
}
