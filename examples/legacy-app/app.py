"""The legacy inventory app: a Flask service that predates the platform's image guidelines."""
import os

from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/")
def index():
    return jsonify(service="inventory", status="ok")


@app.get("/items")
def items():
    return jsonify(items=[{"sku": "A-100", "count": 4}, {"sku": "B-200", "count": 0}])


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "5000")))
