from rosc_desktop.cli import main

raise SystemExit(main())
