package dev.stacklint.project.python;

import dev.stacklint.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AppRoutesTest {

    private static Optional<RouteTable> routes(String entry, Map<String, String> modules) {
        return AppRoutes.of(new AppCode(SourceFile.of("app.py", entry), m -> Optional.ofNullable(modules.get(m))
                .map(text -> SourceFile.of(m.replace('.', '/') + ".py", text))));
    }

    @Test
    void nestedBlueprintsTakeTheirParentsPrefix() {
        RouteTable t = routes("""
                from flask import Flask, Blueprint
                app = Flask(__name__)
                api = Blueprint("api", __name__, url_prefix="/api")
                v1 = Blueprint("v1", __name__)
                @v1.get("/ping")
                def ping():
                    return "pong"
                api.register_blueprint(v1, url_prefix="/v1")
                app.register_blueprint(api)
                """, Map.of()).orElseThrow();
        assertThat(t.serves("/api/v1/ping")).isTrue();
        assertThat(t.serves("/ping")).isFalse();
        assertThat(t.serves("/v1/ping")).isFalse();
        assertThat(t.serves("/static/app.css")).isTrue();
    }

    @Test
    void aBlueprintRegisteredUnderANameNeverMadeIsUnknown() {
        assertThat(routes("""
                from flask import Flask
                from flask_login import auth_bp
                app = Flask(__name__)
                app.register_blueprint(auth_bp)
                @app.route("/")
                def index():
                    return ""
                """, Map.of())).isEmpty();
    }

    @Test
    void aMissingLocalModuleIsUnknown() {
        assertThat(routes("""
                from flask import Flask
                from . import views
                app = Flask(__name__)
                @app.route("/")
                def index():
                    return ""
                """, Map.of())).isEmpty();
    }

    @Test
    void fastapiPathParametersAndDocumentation() {
        RouteTable t = routes("""
                from fastapi import FastAPI
                from routes import router
                app = FastAPI()
                app.include_router(router, prefix="/api")
                """, Map.of("routes", """
                from fastapi import APIRouter
                router = APIRouter(prefix="/files")
                @router.get("/{name:path}")
                def read(name: str):
                    return name
                """)).orElseThrow();
        assertThat(t.serves("/api/files/a/b.txt")).isTrue();
        assertThat(t.serves("/docs")).isTrue();
        assertThat(t.serves("/health")).isFalse();
    }

    @Test
    void aPathWrittenAsALiteralElsewhereCounts() {
        RouteTable t = routes("""
                from flask import Flask, request
                app = Flask(__name__)
                @app.before_request
                def health():
                    if request.path == "/healthz":
                        return "ok"
                @app.route("/")
                def index():
                    return ""
                """, Map.of()).orElseThrow();
        assertThat(t.serves("/healthz")).isTrue();
    }
}
