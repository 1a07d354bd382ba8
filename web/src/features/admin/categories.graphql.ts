import { graphql } from '../../gql';

export const CategoriesForAdminQuery = graphql(`
  query CategoriesForAdmin($tenantId: ID!) {
    categoriesForAdmin(tenantId: $tenantId) {
      id
      tenantId
      name
      parentId
      active
      openTickets
    }
  }
`);

export const SaveCategoryMutation = graphql(`
  mutation SaveCategory($input: SaveCategoryInput!) {
    saveCategory(input: $input) {
      id
      tenantId
      name
      parentId
      active
      openTickets
    }
  }
`);

export const SetCategoryActiveMutation = graphql(`
  mutation SetCategoryActive($id: ID!, $active: Boolean!) {
    setCategoryActive(id: $id, active: $active) {
      id
      tenantId
      name
      parentId
      active
      openTickets
    }
  }
`);
