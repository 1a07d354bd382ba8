import { graphql } from '../../gql';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      roles
      isAgent
      mustChangePassword
      language
      person {
        id
        displayName
      }
      tenant {
        id
        code
        name
        urgentPhone
        supportPhone
        supportEmail
        defaultLanguage
      }
    }
  }
`);

export const SetMyLanguageMutation = graphql(`
  mutation SetMyLanguage($language: String) {
    setMyLanguage(language: $language)
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($identifier: String!, $password: String!) {
    signIn(identifier: $identifier, password: $password) {
      id
      isAgent
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
