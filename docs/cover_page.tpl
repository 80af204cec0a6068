{# The cover of the print-all page (mkdocs-print-site-plugin); texts come from extra.danetor in the config. #}
<div class="danetor-cover">
  <p class="danetor-cover__kicker">danetor</p>
  {% if config.extra.danetor.company %}<p class="danetor-cover__company">{{ config.extra.danetor.company }}</p>{% endif %}
  <h1>{{ config.extra.danetor.cover_title }}</h1>
  <p class="danetor-cover__subtitle">{{ config.extra.danetor.cover_subtitle }}</p>
</div>
