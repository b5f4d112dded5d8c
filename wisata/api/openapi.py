"""The OpenAPI 3.1 description of the JSON API."""

from __future__ import annotations

from wisata.i18n import LANGUAGES
from wisata.services.catalog import DURATIONS, JOINT, SORTS
from wisata.services.reporting.figures import MAX_MONTHS, PUBLIC_MINIMUM


def _query(name: str, schema: dict, description: str) -> dict:
    return {"name": name, "in": "query", "required": False, "schema": schema, "description": description}


MONTH = {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"}
LANG = _query("lang", {"type": "string", "enum": list(LANGUAGES)}, "Language of texts (default: Accept-Language, then id).")
ERROR = {"$ref": "#/components/responses/Error"}


def _figures_schemas() -> dict:
    count = {"type": "integer", "minimum": 0}
    values = {"type": "object", "required": ["bookings", "travellers", "joint_bookings", "joint_share",
                                             "travellers_jambi_to_malang", "travellers_east_java_to_jambi",
                                             "room_nights"],
              "properties": {"bookings": count, "travellers": count, "joint_bookings": count,
                             "joint_share": {"type": ["number", "null"], "description": "joint_bookings / bookings"},
                             "travellers_jambi_to_malang": count, "travellers_east_java_to_jambi": count,
                             "room_nights": count}}
    month = {"allOf": [values, {"type": "object", "required": ["month"],
                                "properties": {"month": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"}}}]}
    area = {"months": {"type": "array", "items": {"$ref": "#/components/schemas/FiguresMonth"}},
            "totals": {"$ref": "#/components/schemas/FiguresValues"}}
    rows = {"type": "array", "items": {"$ref": "#/components/schemas/FiguresRow"}}
    ranking = {"type": "object", "required": ["items", "suppressed"],
               "properties": {"items": rows, "suppressed": {**count, "description": "rows left out"}}}
    return {
        "FiguresValues": values,
        "FiguresMonth": month,
        "FiguresRow": {"type": "object", "required": ["key", "label", "bookings", "travellers"], "properties": {
            "key": {"type": "string"}, "label": {"type": "string"}, "bookings": count, "travellers": count}},
        "Figures": {"type": "object",
                    "required": ["period", "months", "totals", "regions", "countries", "provinces", "packages",
                                 "attractions", "minimum_bookings"],
                    "properties": {
                        "period": {"type": "object", "required": ["from", "to"], "properties": {
                            "from": MONTH, "to": MONTH}},
                        **area,
                        "regions": {"type": "array", "items": {"type": "object", "required": ["slug", "name", "months",
                                                                                               "totals"],
                                                                "properties": {"slug": {"type": "string"},
                                                                               "name": {"type": "string"}, **area}}},
                        "countries": rows, "provinces": rows, "packages": ranking, "attractions": ranking,
                        "minimum_bookings": count, "url": {"type": "string", "format": "uri"}}},
    }


FIGURES_SCHEMAS = _figures_schemas()


def document(server: str) -> dict:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Wisata Malang–Jambi API",
            "version": "1.0.0",
            "description": "Read-only catalogue of the Malang–Jambi tourism cooperation: packages with live "
                           "availability, attractions and events. Money is whole rupiah (IDR).",
        },
        "servers": [{"url": server}],
        "paths": {
            "/packages": {"get": {
                "summary": "Published packages, filtered, sorted and paginated",
                "operationId": "listPackages",
                "parameters": [
                    LANG,
                    _query("q", {"type": "string", "maxLength": 100}, "Words, in either language."),
                    _query("region", {"type": "string"}, f"A region slug, or '{JOINT}' for Malang–Jambi packages."),
                    _query("category", {"type": "string"}, "A category slug."),
                    _query("duration", {"type": "string", "enum": list(DURATIONS)}, "Length in days."),
                    _query("price_min", {"type": "integer", "minimum": 0}, "Lowest adult price."),
                    _query("price_max", {"type": "integer", "minimum": 0}, "Highest adult price."),
                    _query("date_from", {"type": "string", "format": "date"}, "Departing on or after."),
                    _query("date_to", {"type": "string", "format": "date"}, "Departing on or before."),
                    _query("travellers", {"type": "integer", "minimum": 1, "maximum": 30}, "Seats needed."),
                    _query("sort", {"type": "string", "enum": list(SORTS)}, "Order."),
                    _query("page", {"type": "integer", "minimum": 1}, "Page number."),
                ],
                "responses": {
                    "200": {"description": "One page of packages", "content": {"application/json": {"schema": {
                        "type": "object", "required": ["items", "page", "pages", "total"],
                        "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/PackageCard"}},
                                       "page": {"type": "integer"}, "pages": {"type": "integer"},
                                       "total": {"type": "integer"}}}}}},
                    "400": ERROR,
                },
            }},
            "/packages/{slug}": {"get": {
                "summary": "One published package with its itinerary, prices and upcoming departures",
                "operationId": "getPackage",
                "parameters": [LANG, {"name": "slug", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {
                    "200": {"description": "The package", "content": {"application/json": {
                        "schema": {"$ref": "#/components/schemas/Package"}}}},
                    "400": ERROR, "404": ERROR,
                },
            }},
            "/attractions": {"get": {
                "summary": "Attractions of every region", "operationId": "listAttractions", "parameters": [LANG],
                "responses": {"200": {"description": "Attractions", "content": {"application/json": {"schema": {
                    "type": "object", "properties": {"items": {"type": "array", "items": {
                        "$ref": "#/components/schemas/Attraction"}}}}}}}, "400": ERROR},
            }},
            "/events": {"get": {
                "summary": "Published events that have not ended", "operationId": "listEvents", "parameters": [LANG],
                "responses": {"200": {"description": "Events", "content": {"application/json": {"schema": {
                    "type": "object", "properties": {"items": {"type": "array", "items": {
                        "$ref": "#/components/schemas/Event"}}}}}}}, "400": ERROR},
            }},
            "/figures": {"get": {
                "summary": "The cooperation's open figures per month, both regions together and each region",
                "description": f"The same numbers as the public figures page. Packages and attractions based on "
                               f"fewer than {PUBLIC_MINIMUM} bookings are left out (counted in `suppressed`); "
                               "no partner's revenue.",
                "operationId": "getFigures",
                "parameters": [
                    LANG,
                    _query("from", MONTH, "First month, YYYY-MM (default: 11 months before `to`)."),
                    _query("to", MONTH, f"Last month, YYYY-MM (default: this month). At most {MAX_MONTHS} months."),
                ],
                "responses": {
                    "200": {"description": "The figures", "content": {"application/json": {
                        "schema": {"$ref": "#/components/schemas/Figures"}}}},
                    "400": ERROR,
                },
            }},
        },
        "components": {
            "responses": {"Error": {"description": "An error, with a message in the asked language",
                                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}},
            "schemas": {
                "Error": {"type": "object", "required": ["error"], "properties": {"error": {
                    "type": "object", "required": ["code", "message"],
                    "properties": {"code": {"type": "integer"}, "message": {"type": "string"},
                                   "fields": {"type": "object"}}}}},
                "PackageCard": {"type": "object", "required": ["slug", "title", "regions", "joint", "url"], "properties": {
                    "slug": {"type": "string"}, "title": {"type": "string"}, "summary": {"type": "string"},
                    "regions": {"type": "array", "items": {"type": "string"}}, "joint": {"type": "boolean"},
                    "duration_days": {"type": "integer"}, "duration_nights": {"type": "integer"},
                    "from_price": {"type": ["integer", "null"]}, "currency": {"const": "IDR"},
                    "next_departure": {"type": ["string", "null"], "format": "date"},
                    "rating": {"type": ["number", "null"]}, "review_count": {"type": "integer"},
                    "url": {"type": "string", "format": "uri"}}},
                "Package": {"type": "object", "required": ["slug", "title", "prices", "itinerary", "departures"],
                            "properties": {
                    "slug": {"type": "string"}, "title": {"type": "string"}, "summary": {"type": "string"},
                    "description": {"type": "string"},
                    "inclusions": {"type": "array", "items": {"type": "string"}},
                    "exclusions": {"type": "array", "items": {"type": "string"}},
                    "meeting_point": {"type": "string"}, "regions": {"type": "array", "items": {"type": "string"}},
                    "joint": {"type": "boolean"}, "provider": {"type": "string"},
                    "co_provider": {"type": ["string", "null"]},
                    "duration_days": {"type": "integer"}, "duration_nights": {"type": "integer"},
                    "group_size": {"type": "object", "properties": {"min": {"type": "integer"}, "max": {"type": "integer"}}},
                    "cancellation_policy": {"type": "string", "enum": ["flexible", "moderate", "strict"]},
                    "prices": {"type": "array", "items": {"type": "object", "properties": {
                        "category": {"type": "string"}, "amount": {"type": "integer"}, "currency": {"const": "IDR"}}}},
                    "itinerary": {"type": "array", "items": {"type": "object", "properties": {
                        "day": {"type": "integer"}, "title": {"type": "string"}, "description": {"type": "string"},
                        "attractions": {"type": "array", "items": {"type": "string"}}, "nights": {"type": "integer"}}}},
                    "rating": {"type": ["number", "null"]}, "review_count": {"type": "integer"},
                    "departures": {"type": "array", "items": {"type": "object", "properties": {
                        "id": {"type": "integer"}, "starts_at": {"type": "string", "format": "date-time"},
                        "capacity": {"type": "integer"}, "seats_left": {"type": "integer"},
                        "status": {"type": "string", "enum": ["open", "closed", "full"]},
                        "book_url": {"type": "string", "format": "uri"}}}},
                    "url": {"type": "string", "format": "uri"}}},
                "Attraction": {"type": "object", "properties": {
                    "slug": {"type": "string"}, "name": {"type": "string"}, "summary": {"type": "string"},
                    "region": {"type": "string"}, "area": {"type": ["string", "null"]},
                    "categories": {"type": "array", "items": {"type": "string"}},
                    "latitude": {"type": ["number", "null"]}, "longitude": {"type": ["number", "null"]},
                    "url": {"type": "string", "format": "uri"}}},
                **FIGURES_SCHEMAS,
                "Event": {"type": "object", "properties": {
                    "slug": {"type": "string"}, "title": {"type": "string"}, "summary": {"type": "string"},
                    "kind": {"type": "string", "enum": ["festival", "fair", "cultural_exchange", "campaign"]},
                    "region": {"type": "string"}, "venue": {"type": "string"},
                    "starts_at": {"type": "string", "format": "date-time"},
                    "ends_at": {"type": "string", "format": "date-time"}, "url": {"type": "string", "format": "uri"}}},
            },
        },
    }
