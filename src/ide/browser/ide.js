/*
 * The staff GraphQL IDE: GraphiQL 3 (global `GraphiQL`, on React 18's
 * browser builds) with a sign-in panel. Served by the API itself from
 * node_modules and this folder, so it needs no internet. Plain browser
 * JavaScript without a build step; the page's CSP forbids inline code.
 *
 * Requests carry the signed-in user's access token unless the Headers tab
 * sets its own Authorization header; subscriptions go over graphql-ws on the
 * same path with `{ authorization: "Bearer …" }` as connection parameters.
 */
(function () {
  'use strict';

  const h = React.createElement;
  const { useCallback, useContext, useEffect, useMemo, useRef, useState } = React;

  const SESSION_KEY = 'portal-ide:session';
  const SIGN_IN_TITLE = 'Sign in';
  // Refresh a little before the access token expires, so no request races its expiry.
  const REFRESH_MARGIN_MS = 60_000;

  const endpoint = location.origin + location.pathname;
  const socketUrl = endpoint.replace(/^http/, 'ws');

  const LOGIN = `mutation IdeLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    accessToken refreshToken expiresAt user { id email name role }
  }
}`;
  const REFRESH = `mutation IdeRefresh($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    accessToken refreshToken expiresAt user { id email name role }
  }
}`;
  const LOGOUT = `mutation IdeLogout($refreshToken: String!) {
  logout(refreshToken: $refreshToken)
}`;

  const DEFAULT_QUERY = `# B2B portal API — staff GraphQL IDE
#
# Sign in with the panel on the left (the person icon). Your requests then
# carry your access token; an Authorization header set in the Headers tab
# below takes its place. Subscriptions run over a WebSocket on this path.
#
# The schema's documentation and completion load once you are signed in
# as staff (in production the schema is not shown to anyone else).

query Me {
  me {
    email
    name
    role
  }
}
`;

  // --- session: the token pair, kept for this browser tab only --------------

  function loadSession() {
    try {
      const session = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
      return session && session.accessToken ? session : null;
    } catch {
      return null;
    }
  }

  function storeSession(session) {
    if (session === null) sessionStorage.removeItem(SESSION_KEY);
    else sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  }

  // --- transport -------------------------------------------------------------

  async function postGraphQL(body, headers) {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: Object.assign(
        { 'content-type': 'application/json', accept: 'application/json' },
        headers,
      ),
      body: JSON.stringify(body),
    });
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      const message = `The server answered ${response.status}: ${text.slice(0, 200)}`;
      return { errors: [{ message }] };
    }
  }

  function headerValue(headers, name) {
    const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
    return key === undefined ? undefined : headers[key];
  }

  /**
   * Reads the operation to run from the text itself. GraphiQL re-parses the
   * editor a moment after each change, so right after a paste it may still name
   * an operation of the previous text; with one operation in the text, that one
   * is meant.
   */
  function chooseOperation(params) {
    let document;
    try {
      document = GraphiQL.GraphQL.parse(params.query);
    } catch {
      return { params, subscription: false }; // the server answers the syntax error
    }
    const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
    const chosen = operations.find((d) => d.name && d.name.value === params.operationName)
      || (operations.length === 1 ? operations[0] : undefined);
    if (chosen === undefined) return { params, subscription: false };

    const operationName = chosen.name ? chosen.name.value : undefined;
    return {
      params: Object.assign({}, params, { operationName }),
      subscription: chosen.operation === 'subscription',
    };
  }

  /** One graphql-ws client per subscription, closed when GraphiQL stops it. */
  async function* overSocket(params, authorization) {
    const client = graphqlWs.createClient({
      url: socketUrl,
      connectionParams: authorization ? { authorization } : {},
      retryAttempts: 0,
    });
    try {
      yield* client.iterate({
        query: params.query,
        variables: params.variables,
        operationName: params.operationName,
      });
    } catch (error) {
      yield { errors: [{ message: describeSocketError(error) }] };
    } finally {
      client.dispose();
    }
  }

  function describeSocketError(error) {
    if (error && typeof error.code === 'number') {
      const reason = error.reason ? ` (${error.reason})` : '';
      const hint = error.code === 4403 ? ' Sign in first: subscriptions need an access token.' : '';
      return `The subscription socket closed with code ${error.code}${reason}.${hint}`;
    }
    if (Array.isArray(error)) return error.map((e) => e.message).join('; ');
    return error && error.message ? error.message : String(error);
  }

  function refusedIntrospection(result) {
    const codes = (result.errors || []).map((e) => e.extensions && e.extensions.code);
    return !result.data && (codes.includes('UNAUTHENTICATED') || codes.includes('FORBIDDEN'));
  }

  // --- the React app -----------------------------------------------------------

  const SessionContext = React.createContext(null);

  function useSession() {
    const [session, setSession] = useState(loadSession);
    const sessionRef = useRef(session);
    const refreshing = useRef(null);

    const update = useCallback((next) => {
      sessionRef.current = next;
      storeSession(next);
      setSession(next);
    }, []);

    /** The current access token, refreshed first when it is about to expire. */
    const accessToken = useCallback(async () => {
      const current = sessionRef.current;
      if (current === null) return null;
      const left = Date.parse(current.expiresAt) - Date.now();
      if (left > REFRESH_MARGIN_MS) return current.accessToken;

      // One refresh at a time: a refresh token works once, so a second one would end the session.
      refreshing.current ??= postGraphQL({
        query: REFRESH,
        variables: { refreshToken: current.refreshToken },
      }).then((result) => {
        update(result.data ? result.data.refreshSession : null);
        return result.data ? result.data.refreshSession.accessToken : null;
      }).finally(() => {
        refreshing.current = null;
      });
      return refreshing.current;
    }, [update]);

    const signIn = useCallback(async (email, password) => {
      const result = await postGraphQL({ query: LOGIN, variables: { email, password } });
      if (!result.data) return result.errors ? result.errors[0].message : 'Sign-in failed.';
      update(result.data.login);
      return null;
    }, [update]);

    const signOut = useCallback(async () => {
      const current = sessionRef.current;
      update(null);
      if (current !== null) {
        await postGraphQL({ query: LOGOUT, variables: { refreshToken: current.refreshToken } });
      }
    }, [update]);

    return { session, accessToken, signIn, signOut };
  }

  function SignInIcon() {
    return h('svg', { viewBox: '0 0 24 24', width: 24, height: 24, 'aria-hidden': 'true' },
      h('circle', { cx: 12, cy: 8, r: 4, fill: 'none', stroke: 'currentColor', strokeWidth: 1.5 }),
      h('path', {
        d: 'M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7',
        fill: 'none',
        stroke: 'currentColor',
        strokeWidth: 1.5,
      }));
  }

  function SignInPanel() {
    const { session, signIn, signOut, schemaNote } = useContext(SessionContext);
    const [email, setEmail] = useState('');
    const [password, setPassword] = useState('');
    const [error, setError] = useState(null);
    const [busy, setBusy] = useState(false);

    const submit = async (event) => {
      event.preventDefault();
      setBusy(true);
      const problem = await signIn(email, password);
      setBusy(false);
      setError(problem);
      if (problem === null) setPassword('');
    };

    const note = schemaNote ? h('p', { className: 'ide-note', role: 'status' }, schemaNote) : null;

    if (session !== null) {
      return h('div', { className: 'ide-panel' },
        h('div', { className: 'graphiql-doc-explorer-title' }, 'Signed in'),
        h('p', { className: 'ide-signed-in' },
          `Signed in as ${session.user.email} (${session.user.role}).`),
        h('p', null, 'Your requests carry your access token; it is kept for this tab only ',
          'and renewed before it expires.'),
        note,
        h('button', { type: 'button', className: 'ide-button', onClick: signOut }, 'Sign out'));
    }

    return h('form', { className: 'ide-panel', onSubmit: submit },
      h('div', { className: 'graphiql-doc-explorer-title' }, 'Sign in'),
      note,
      h('label', { htmlFor: 'ide-email' }, 'Email'),
      h('input', {
        id: 'ide-email', type: 'email', autoComplete: 'username', required: true,
        value: email, onChange: (e) => setEmail(e.target.value),
      }),
      h('label', { htmlFor: 'ide-password' }, 'Password'),
      h('input', {
        id: 'ide-password', type: 'password', autoComplete: 'current-password', required: true,
        value: password, onChange: (e) => setPassword(e.target.value),
      }),
      error ? h('p', { className: 'ide-error', role: 'alert' }, error) : null,
      h('button', { type: 'submit', className: 'ide-button', disabled: busy },
        busy ? 'Signing in…' : 'Sign in'));
  }

  const signInPlugin = { title: SIGN_IN_TITLE, icon: SignInIcon, content: SignInPanel };

  function App() {
    const { session, accessToken, signIn, signOut } = useSession();
    const [schemaNote, setSchemaNote] = useState(null);
    const [visiblePlugin, setVisiblePlugin] = useState(session === null ? SIGN_IN_TITLE : null);
    const who = session === null ? null : session.user.id;

    // A new fetcher for each signed-in user makes GraphiQL fetch the schema again.
    const fetcher = useMemo(() => async (params, opts) => {
      const headers = Object.assign({}, opts && opts.headers);
      if (headerValue(headers, 'authorization') === undefined) {
        const token = await accessToken();
        if (token !== null) headers.authorization = `Bearer ${token}`;
      }

      const { params: request, subscription } = chooseOperation(params);
      if (subscription) return overSocket(request, headerValue(headers, 'authorization'));

      const result = await postGraphQL(request, headers);
      if (params.operationName === 'IntrospectionQuery') {
        setSchemaNote(refusedIntrospection(result) ? schemaRefusal(who) : null);
      }
      return result;
    }, [who, accessToken]);

    useEffect(() => {
      if (schemaNote !== null && who === null) setVisiblePlugin(SIGN_IN_TITLE);
    }, [schemaNote, who]);

    const context = useMemo(
      () => ({ session, signIn, signOut, schemaNote }),
      [session, signIn, signOut, schemaNote],
    );

    return h(SessionContext.Provider, { value: context },
      h('div', { className: 'ide-layout' },
        schemaNote ? h('div', { className: 'ide-banner', role: 'status' }, schemaNote) : null,
        h('div', { className: 'ide-graphiql' },
          h(GraphiQL, {
            fetcher,
            plugins: [signInPlugin],
            visiblePlugin,
            onTogglePluginVisibility: (plugin) => setVisiblePlugin(plugin ? plugin.title : null),
            defaultQuery: DEFAULT_QUERY,
            isHeadersEditorEnabled: true,
            shouldPersistHeaders: false,
          },
          h(GraphiQL.Logo, null, 'B2B portal API')))));
  }

  function schemaRefusal(who) {
    return who === null
      ? 'Sign in as staff to load the schema: documentation and completion are for staff only.'
      : 'This account is not staff: the schema\'s documentation and completion are for staff only.';
  }

  ReactDOM.createRoot(document.getElementById('ide')).render(h(App));
})();
