import { configure } from "@testing-library/preact";

// A `findBy…` or `waitFor` waits for the pane to finish real work (analysing a whole protocol takes over a second on a
// loaded two-core machine); the wait bounds how long a missing element is looked for, it measures nothing.
configure({ asyncUtilTimeout: 5000 });
