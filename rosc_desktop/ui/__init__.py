"""The Qt face of the app: screens (one module each), item models, dialogs. Widgets call services only."""
